func runDiffBenchmark(arguments: [String]) throws {}
