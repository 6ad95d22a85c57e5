extension Snapshot {
    /// This snapshot with some files replaced, added or removed in memory: what the files would be
    /// after an edit, before anything is written.
    ///
    /// `changes` maps paths to their new bytes, or to nil for a file that goes away. Each new
    /// content is named by the blob id git would give it, so parse caches keyed by blob id work
    /// as for any snapshot. Nothing is written to the repository or the disk.
    public func overlaying(_ changes: [String: [UInt8]?]) -> Snapshot {
        var memory = self.memory
        var files: [String: SnapshotFile] = [:]
        for file in allFiles { files[file.path] = file }
        for (rawPath, bytes) in changes {
            let path = Self.normalizedPrefix(rawPath)
            guard let bytes else {
                files[path] = nil
                continue
            }
            let id = Repository.hashBlob(bytes)
            memory[id] = bytes
            files[path] = SnapshotFile(path: path, id: id)
        }
        return Snapshot(repository: repository, source: source, commitID: nil, files: Array(files.values), memory: memory)
    }
}
