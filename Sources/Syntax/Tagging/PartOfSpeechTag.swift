/// A word's part of speech twice over: the universal tag (UPOS, `VERB`) and the Penn Treebank
/// tag (XPOS, `VBD`).
public struct PartOfSpeechTag: Hashable, Sendable {
    public var upos: String
    public var xpos: String

    public init(upos: String, xpos: String) {
        self.upos = upos
        self.xpos = xpos
    }

    /// "UPOS XPOS": the tagger's class label.
    public var label: String { "\(upos) \(xpos)" }

    /// The tag of a class label "UPOS XPOS", or nil when it is not two words.
    public init?(label: String) {
        let parts = label.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(upos: String(parts[0]), xpos: String(parts[1]))
    }
}
