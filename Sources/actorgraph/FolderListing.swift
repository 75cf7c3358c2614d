import Foundation

/// The article files under a folder, found with `readdir`, whose entries carry their type, so a
/// folder of thousands of articles is listed without a `stat` per file.
enum FolderListing {
    /// The extensions of article files (compared in lowercase).
    static let articleExtensions: Set<String> = ["txt", "md", "jsonl"]

    /// The paths of the `*.txt`, `*.md` and `*.jsonl` files under `folder`, recursively, sorted.
    /// A symbolic link counts when it leads to a regular file; linked folders are not entered, as
    /// they may loop. Unreadable subfolders are passed over.
    static func articleFiles(in folder: String) throws -> [String] {
        var found: [String] = []
        guard collect(in: folder, into: &found) else { throw CLIError("\(folder): cannot read the folder") }
        return found.sorted()
    }

    /// Adds the article files under `folder` to `found`; false when `folder` cannot be opened.
    private static func collect(in folder: String, into found: inout [String]) -> Bool {
        guard let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            switch kind(of: entry.pointee.d_type, at: path) {
            case .folder: _ = collect(in: path, into: &found)
            case .file where isArticle(name): found.append(path)
            default: continue
            }
        }
        return true
    }

    private enum Kind { case folder, file, other }

    /// What an entry is: its `d_type`, or `lstat` when the file system does not say; a link
    /// counts as the regular file it leads to, never as a folder.
    private static func kind(of type: UInt8, at path: String) -> Kind {
        var info = stat()
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? .file : .other
        case Int32(DT_UNKNOWN):
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            case S_IFLNK: return kind(of: UInt8(DT_LNK), at: path)
            default: return .other
            }
        default: return .other
        }
    }

    /// Whether the file name ends in an article extension ("a.txt", "b.JSONL"; not ".txt").
    private static func isArticle(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
