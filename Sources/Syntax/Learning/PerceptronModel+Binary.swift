/// The model file format, little-endian throughout:
///
/// ```
/// "AGPM"  u32 version (1)  u32 classCount  classCount × (u32 byteCount, UTF-8 label)
/// f32 scale  u32 rowCount  rowCount × (u64 feature, u16 entryCount, entryCount × (u16 class, i16 weight))
/// ```
/// The same model always gives the same bytes.
extension PerceptronModel {
    public static let magic: [UInt8] = Array("AGPM".utf8)
    public static let version: UInt32 = 1

    /// The model as bytes.
    public func serialized() -> [UInt8] {
        var out = ByteWriter()
        out.bytes(Self.magic)
        out.u32(Self.version)
        out.u32(UInt32(labels.count))
        for label in labels {
            out.u32(UInt32(label.utf8.count))
            out.bytes(Array(label.utf8))
        }
        out.u32(scale.bitPattern)
        out.u32(UInt32(rowFeature.count))
        for r in rowFeature.indices {
            out.u64(rowFeature[r])
            let range = Int(rowStart[r])..<Int(rowStart[r + 1])
            out.u16(UInt16(range.count))
            for i in range {
                out.u16(entryClass[i])
                out.u16(UInt16(bitPattern: entryQuantum[i]))
            }
        }
        return out.data
    }

    /// Reads a model written by `serialized()`.
    public init(serialized data: [UInt8]) throws(ModelFormatError) {
        var input = ByteReader(data)
        guard Array(try input.bytes(4)) == Self.magic else { throw ModelFormatError("not a perceptron model") }
        let version = try input.u32()
        guard version == Self.version else { throw ModelFormatError("model version \(version), expected \(Self.version)") }
        let classCount = Int(try input.u32())
        guard classCount > 0, classCount <= Int(UInt16.max) else { throw ModelFormatError("bad class count \(classCount)") }
        var labels: [String] = []
        for _ in 0..<classCount {
            let length = Int(try input.u32())
            labels.append(String(decoding: try input.bytes(length), as: UTF8.self))
        }
        let scale = Float(bitPattern: try input.u32())
        let rowCount = Int(try input.u32())
        guard rowCount <= data.count / 10 else { throw ModelFormatError("bad row count \(rowCount)") }
        var features = [UInt64]()
        var start: [Int32] = [0]
        var classes: [UInt16] = []
        var quanta: [Int16] = []
        features.reserveCapacity(rowCount)
        start.reserveCapacity(rowCount + 1)
        for _ in 0..<rowCount {
            let feature = try input.u64()
            guard feature != 0, features.last.map({ $0 < feature }) ?? true else {
                throw ModelFormatError("features out of order")
            }
            features.append(feature)
            for _ in 0..<Int(try input.u16()) {
                let c = try input.u16()
                guard Int(c) < classCount else { throw ModelFormatError("class \(c) out of range") }
                classes.append(c)
                quanta.append(Int16(bitPattern: try input.u16()))
            }
            start.append(Int32(classes.count))
        }
        guard input.atEnd else { throw ModelFormatError("trailing bytes") }
        self.init(labels: labels, scale: scale, rowFeature: features, rowStart: start, entryClass: classes,
                  entryQuantum: quanta)
    }
}

/// A model file that cannot be read.
public struct ModelFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Appends little-endian integers to a byte array.
struct ByteWriter {
    var data: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { data += b }
    mutating func u16(_ v: UInt16) { data.append(UInt8(v & 0xff)); data.append(UInt8(v >> 8)) }
    mutating func u32(_ v: UInt32) { for k in 0..<4 { data.append(UInt8((v >> (8 * k)) & 0xff)) } }
    mutating func u64(_ v: UInt64) { for k in 0..<8 { data.append(UInt8((v >> (8 * k)) & 0xff)) } }
}

/// Reads little-endian integers from a byte array, throwing at its end.
struct ByteReader {
    private let data: [UInt8]
    private var offset = 0
    init(_ data: [UInt8]) { self.data = data }
    var atEnd: Bool { offset == data.count }

    mutating func bytes(_ n: Int) throws(ModelFormatError) -> ArraySlice<UInt8> {
        guard n >= 0, n <= data.count - offset else { throw ModelFormatError("file ends early") }
        defer { offset += n }
        return data[offset..<offset + n]
    }
    mutating func u16() throws(ModelFormatError) -> UInt16 {
        let b = try bytes(2)
        return UInt16(b[b.startIndex]) | UInt16(b[b.startIndex + 1]) << 8
    }
    mutating func u32() throws(ModelFormatError) -> UInt32 {
        try bytes(4).reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
    mutating func u64() throws(ModelFormatError) -> UInt64 {
        try bytes(8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
