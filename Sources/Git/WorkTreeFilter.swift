import Clibgit2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// A work-tree file's bytes as `git add` would store them (git's "clean" direction): converted
    /// from its `working-tree-encoding` to UTF-8 (which libgit2 1.5.1 does not do), then through
    /// libgit2's filters (`text`/`eol`/`core.autocrlf` line endings, `ident`), in git's order.
    ///
    /// - Parameter path: the file's path from the top of the work tree (attributes are looked up by it).
    /// The corresponding libgit2 functions are `git_attr_get`, `git_filter_list_load` and
    /// `git_filter_list_apply_to_buffer`.
    func cleanedWorkTreeBytes(_ raw: [UInt8], path: String) throws(GitError) -> [UInt8] {
        var bytes = raw
        if let encoding = workingTreeEncoding(of: path) {
            bytes = try WorkTreeEncoding.toUTF8(raw, from: encoding, path: path)
        }
        guard let filters = try loadFilters(path) else { return bytes }
        defer { git_filter_list_free(filters) }
        var output = git_buf()
        defer { git_buf_dispose(&output) }
        let storage = bytes.isEmpty ? [0] : bytes
        try storage.withUnsafeBufferPointer { (buffer) throws(GitError) in
            try buffer.withMemoryRebound(to: CChar.self) { (chars) throws(GitError) in
                _ = try Libgit2.call { git_filter_list_apply_to_buffer(&output, filters, chars.baseAddress, bytes.count) }
            }
        }
        guard let pointer = output.ptr else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: output.size))
    }

    /// The filters `git add` applies to a path, or `nil` when there are none.
    private func loadFilters(_ path: String) throws(GitError) -> OpaquePointer? {
        var filters: OpaquePointer?
        try Libgit2.call {
            git_filter_list_load(&filters, pointer, nil, path, GIT_FILTER_TO_ODB, GIT_FILTER_DEFAULT.rawValue)
        }
        return filters
    }

    /// The `working-tree-encoding` attribute of a path, unless it is unset or UTF-8.
    ///
    /// The corresponding libgit2 function is `git_attr_get`.
    func workingTreeEncoding(of path: String) -> String? {
        var value: UnsafePointer<CChar>?
        guard git_attr_get(&value, pointer, UInt32(GIT_ATTR_CHECK_FILE_THEN_INDEX), path, "working-tree-encoding") == 0,
            git_attr_value(value) == GIT_ATTR_VALUE_STRING, let value
        else { return nil }
        let encoding = String(cString: value)
        return ["UTF-8", "UTF8"].contains(encoding.uppercased()) ? nil : encoding
    }

    /// Hashes a work-tree file as `git add` would store it, through ``cleanedWorkTreeBytes(_:path:)``.
    func hashCleanedWorkTreeFile(_ path: String, root: String) throws(GitError) -> ObjectID {
        let raw = try FileSystem.contents(atPath: root + "/" + path)
        return Self.hashBlob(try cleanedWorkTreeBytes(raw, path: path))
    }
}

/// Conversion from a `working-tree-encoding` to UTF-8 with the system's iconv, with git's rules for
/// byte order marks: `UTF-16`/`UTF-32` need one, `UTF-16LE`/`…BE` (and the UTF-32 forms) must not
/// have one.
enum WorkTreeEncoding {
    static func toUTF8(_ bytes: [UInt8], from encoding: String, path: String) throws(GitError) -> [UInt8] {
        let name = encoding.uppercased().replacingOccurrences(of: "-", with: "")
        let hasBOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if ["UTF16LE", "UTF16BE", "UTF32LE", "UTF32BE"].contains(name), hasBOM {
            throw failure(Messages.prohibitedBOM(path, encoding))
        }
        if ["UTF16", "UTF32"].contains(name), !hasBOM {
            throw failure(Messages.requiredBOM(path, encoding))
        }
        guard let converted = convert(bytes, from: encoding) else {
            throw failure(Messages.notInEncoding(path, encoding))
        }
        return converted
    }

    /// The bytes converted to UTF-8, or `nil` when iconv does not know the encoding or the bytes
    /// are not valid in it.
    static func convert(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", encoding)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let result = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        guard result != Int.max, result != -1 as Int, inLeft == 0 else { return nil }
        return Array(output[0..<(output.count - outLeft)])
    }

    private static func failure(_ message: String) -> GitError {
        GitError(code: GitError.Code.generic, klass: GitError.Class.invalid, message: message)
    }
}
