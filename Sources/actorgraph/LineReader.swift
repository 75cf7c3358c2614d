import Foundation

/// Reads a file a line at a time, 64 KiB at a time, so a large JSON Lines corpus is never held
/// whole. Lines end at `\n` (a `\r` before it is dropped); a last line without one still counts.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next `\n`: the bytes from `start` up to here hold none.
    private var scanned = 0
    private var atEnd = false
    /// The number of the line `next` returned last, from 1.
    private(set) var lineNumber = 0

    init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its line ending, or `nil` at the end; throws when reading fails.
    mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                return take(upTo: newline, skipping: 1)
            }
            if atEnd {
                return start < buffer.count ? take(upTo: buffer.count, skipping: 0) : nil
            }
            scanned = buffer.count - start
            buffer.removeFirst(start)
            start = 0
            if let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                buffer += chunk
            } else {
                atEnd = true
            }
        }
    }

    private mutating func take(upTo end: Int, skipping separator: Int) -> ArraySlice<UInt8> {
        var line = buffer[start..<end]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        start = end + separator
        scanned = start
        lineNumber += 1
        return line
    }
}
