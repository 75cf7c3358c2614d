import Foundation

/// Bytes appended a piece at a time, for outputs of many megabytes written from many small
/// pieces: an append is a capacity check and a copy, where `[UInt8]`'s generic `append(contentsOf:)`
/// costs several times more per call. Growth uses `realloc`, which moves large blocks by
/// remapping pages rather than copying them.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        guard let memory = malloc(self.capacity) else { fatalError("out of memory for \(self.capacity) bytes") }
        start = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        free(start)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// A literal's UTF-8, without making a `String` or an array of it.
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A non-negative number in decimal digits.
    mutating func appendDecimal(_ number: Int) {
        var digits = 1
        var rest = number.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        reserve(digits)
        rest = number.magnitude
        for offset in (count..<count + digits).reversed() {
            start[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// The bytes written.
    consuming func array() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: start, count: count))
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        guard let grown = realloc(start, capacity) else { fatalError("out of memory for \(capacity) bytes") }
        start = grown.assumingMemoryBound(to: UInt8.self)
    }
}
