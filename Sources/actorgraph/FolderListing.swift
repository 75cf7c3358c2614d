import Foundation

/// The article files under a folder, listed by name: a `stat` for each article file and an
/// `lstat` for each other entry, without building a URL per file (which cost more than
/// extracting small articles).
enum FolderListing {
    /// The extensions of article files (compared in lowercase).
    static let articleExtensions: Set<String> = ["txt", "md", "jsonl"]

    /// The paths of the `*.txt`, `*.md` and `*.jsonl` files under `folder`, recursively, sorted.
    /// A symbolic link counts when it leads to a regular file; linked folders are not entered, as
    /// they may loop. Unreadable subfolders are passed over.
    static func articleFiles(in folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw CLIError("\(folder): cannot read the folder")
        }
        var found: [String] = []
        collect(names, in: folder, into: &found)
        return found.sorted()
    }

    private static func collect(_ names: [String], in folder: String, into found: inout [String]) {
        let fm = FileManager.default
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if isArticle(name) {
                var isFolder: ObjCBool = false
                if fm.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { found.append(path) }
            } else if (try? fm.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory,
                      let inner = try? fm.contentsOfDirectory(atPath: path) {
                collect(inner, in: path, into: &found)
            }
        }
    }

    /// Whether the file name ends in an article extension ("a.txt", "b.JSONL"; not ".txt").
    private static func isArticle(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
