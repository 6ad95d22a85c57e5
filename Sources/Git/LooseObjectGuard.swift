import Clibgit2

/// An object-database backend put in front of libgit2's own, which reads every loose object
/// with tryg's bounded reader (``LooseObject``) instead of libgit2's, so that a damaged loose
/// object gives "object … is damaged: …" instead of a hang (libgit2 1.5.1, issue #7342).
///
/// It looks for the object's file in the repository's object folders — the primary one (or
/// `GIT_OBJECT_DIRECTORY`, the push's quarantine), the alternates of `objects/info/alternates`
/// and `GIT_ALTERNATE_OBJECT_DIRECTORIES` — and answers reads and header reads of the objects it
/// finds there; anything else (packed objects) passes to libgit2's backends. libgit2 still checks
/// the hash of what it returns when strict hash verification is on.
final class LooseObjectGuard {
    /// The object folders searched, in order.
    let directories: [String]
    /// For each object folder, the fan-out folders (`00` … `ff`) it had when the guard was made: a
    /// packed repository has none, so its reads cost no failed `open` per object folder. A fan-out
    /// folder made later (another process writing objects while tryg runs) is not searched; libgit2
    /// reads what is there itself.
    let fanOut: [Set<String>]

    init(directories: [String]) {
        self.directories = directories
        fanOut = directories.map { Set(FileSystem.names(inDirectory: $0).filter { $0.utf8.count == 2 }) }
    }

    /// Adds a guard for `directories` to an object database, ahead of its other backends.
    ///
    /// The corresponding libgit2 functions are `git_odb_init_backend` and `git_odb_add_backend`.
    static func install(on odb: OpaquePointer, directories: [String]) throws(GitError) {
        let backend = UnsafeMutablePointer<tryg_odb_backend>.allocate(capacity: 1)
        backend.initialize(to: tryg_odb_backend())
        try Libgit2.call { git_odb_init_backend(&backend.pointee.parent, UInt32(GIT_ODB_BACKEND_VERSION)) }
        backend.pointee.context = Unmanaged.passRetained(LooseObjectGuard(directories: directories)).toOpaque()
        backend.pointee.parent.read = guardRead
        backend.pointee.parent.read_header = guardReadHeader
        backend.pointee.parent.read_prefix = guardReadPrefix
        backend.pointee.parent.foreach = { _, _, _ in 0 }  // libgit2 calls it without a NULL check
        backend.pointee.parent.free = guardFree
        do {
            try Libgit2.call { git_odb_add_backend(odb, &backend.pointee.parent, priority) }
        } catch {
            guardFree(&backend.pointee.parent)
            throw error
        }
    }

    /// Ahead of libgit2's pack (2) and loose (1) backends.
    private static let priority: Int32 = 100

    /// The compressed bytes of an object's loose file and its path, or `nil` when no object
    /// folder has one (or it is not a zlib stream: git's old format is left to libgit2).
    func file(_ hex: String) -> (bytes: [UInt8], path: String)? {
        let folder = String(hex.prefix(2))
        let name = "/" + folder + "/" + hex.dropFirst(2)
        for (directory, folders) in zip(directories, fanOut) where folders.contains(folder) {
            let path = directory + name
            guard let bytes = try? FileSystem.contents(atPath: path) else { continue }
            return LooseObject.isZlib(bytes) ? (bytes, path) : nil
        }
        return nil
    }

    /// The loose files in the object folders whose names start with a short id.
    func files(withPrefix hex: String) -> [String] {
        let folder = String(hex.prefix(2))
        let rest = hex.dropFirst(2)
        return zip(directories, fanOut).flatMap { directory, folders in
            guard folders.contains(folder) else { return [String]() }
            return FileSystem.names(inDirectory: directory + "/" + folder).filter { $0.hasPrefix(rest) && $0.count == 38 }
                .map { folder + $0 }
        }
    }

    /// Reports a damaged object through libgit2's error slot; returns `GIT_ERROR`.
    static func fail(_ hex: String, path: String, _ damage: LooseObject.Damage) -> Int32 {
        git_error_set_str(Int32(GIT_ERROR_ODB.rawValue), Messages.damagedObject(hex, path: path, damage))
        return GIT_ERROR.rawValue
    }

    static func from(_ backend: UnsafeMutablePointer<git_odb_backend>?) -> LooseObjectGuard? {
        guard let backend else { return nil }
        let outer = UnsafeMutableRawPointer(backend).assumingMemoryBound(to: tryg_odb_backend.self)
        guard let context = outer.pointee.context else { return nil }
        return Unmanaged<LooseObjectGuard>.fromOpaque(context).takeUnretainedValue()
    }
}

/// Inflates a loose object into a buffer libgit2 can own (and free).
private func content(
    _ bytes: [UInt8], for backend: UnsafeMutablePointer<git_odb_backend>?
) throws(LooseObject.Damage) -> (header: LooseObject.Header, data: UnsafeMutableRawPointer) {
    try LooseObject.content(
        bytes, allocate: { git_odb_backend_data_alloc(backend, $0) }, release: { git_odb_backend_data_free(backend, $0) })
}

/// The hex form of a libgit2 id.
private func hexID(_ oid: UnsafePointer<git_oid>?) -> String? {
    oid.map { ObjectID($0.pointee).hex }
}

/// `read`: the whole object, through the bounded reader.
private let guardRead:
    @convention(c) (
        UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutablePointer<Int>?, UnsafeMutablePointer<git_object_t>?,
        UnsafeMutablePointer<git_odb_backend>?, UnsafePointer<git_oid>?
    ) -> Int32 = { dataOut, lengthOut, typeOut, backend, oid in
        guard let owner = LooseObjectGuard.from(backend), let hex = hexID(oid), let (bytes, path) = owner.file(hex) else {
            return GIT_ENOTFOUND.rawValue
        }
        do throws(LooseObject.Damage) {
            let (header, data) = try content(bytes, for: backend)
            dataOut?.pointee = data
            lengthOut?.pointee = header.size
            typeOut?.pointee = header.type
            return 0
        } catch {
            return LooseObjectGuard.fail(hex, path: path, error)
        }
    }

/// `read_header`: the type and size, inflating the header only.
private let guardReadHeader:
    @convention(c) (
        UnsafeMutablePointer<Int>?, UnsafeMutablePointer<git_object_t>?, UnsafeMutablePointer<git_odb_backend>?,
        UnsafePointer<git_oid>?
    ) -> Int32 = { lengthOut, typeOut, backend, oid in
        guard let owner = LooseObjectGuard.from(backend), let hex = hexID(oid), let (bytes, path) = owner.file(hex) else {
            return GIT_ENOTFOUND.rawValue
        }
        do throws(LooseObject.Damage) {
            let header = try LooseObject.header(bytes)
            lengthOut?.pointee = header.size
            typeOut?.pointee = header.type
            return 0
        } catch {
            return LooseObjectGuard.fail(hex, path: path, error)
        }
    }

/// `read_prefix`: checks every loose object a short id matches, then lets libgit2's backends
/// read them (so ambiguity is reported as libgit2 reports it).
private let guardReadPrefix:
    @convention(c) (
        UnsafeMutablePointer<git_oid>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutablePointer<Int>?,
        UnsafeMutablePointer<git_object_t>?, UnsafeMutablePointer<git_odb_backend>?, UnsafePointer<git_oid>?, Int
    ) -> Int32 = { _, _, _, _, backend, oid, length in
        guard let owner = LooseObjectGuard.from(backend), let full = hexID(oid) else { return GIT_PASSTHROUGH.rawValue }
        for hex in owner.files(withPrefix: String(full.prefix(length))) {
            guard let (bytes, path) = owner.file(hex) else { continue }
            do throws(LooseObject.Damage) {
                git_odb_backend_data_free(backend, try content(bytes, for: backend).data)
            } catch {
                return LooseObjectGuard.fail(hex, path: path, error)
            }
        }
        return GIT_PASSTHROUGH.rawValue
    }

/// `free`: releases the Swift object and the structure.
private let guardFree: @convention(c) (UnsafeMutablePointer<git_odb_backend>?) -> Void = { backend in
    guard let backend else { return }
    let outer = UnsafeMutableRawPointer(backend).assumingMemoryBound(to: tryg_odb_backend.self)
    if let context = outer.pointee.context {
        Unmanaged<LooseObjectGuard>.fromOpaque(context).release()
    }
    outer.deinitialize(count: 1)
    outer.deallocate()
}
