/// Character classes of scalars, answered for ASCII from the value alone.
///
/// `Unicode.Scalar.Properties` is a resilient type: a function that touches it sets up its
/// metadata on every call, even when the branch that uses it is not taken. These properties keep
/// that cost in separate, never-inlined functions that only non-ASCII scalars reach.
extension Unicode.Scalar {
    /// `properties.isUppercase`.
    var isUppercase: Bool { isASCII ? value &- 0x41 < 26 : Self.isUppercaseByProperties(self) }

    /// `properties.isLowercase`.
    var isLowercase: Bool { isASCII ? value &- 0x61 < 26 : Self.isLowercaseByProperties(self) }

    /// `properties.numericType != nil`.
    var isNumeric: Bool { isASCII ? value &- 0x30 < 10 : Self.isNumericByProperties(self) }

    @inline(never)
    private static func isUppercaseByProperties(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    @inline(never)
    private static func isLowercaseByProperties(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }

    @inline(never)
    private static func isNumericByProperties(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }
}
