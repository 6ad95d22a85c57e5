func runSchemaBenchmark(arguments: [String]) throws {}
