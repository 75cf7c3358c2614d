extension LayoutEngine {
    /// Above this many actors `dot` gets slow (measured here: 1,000 nodes take dot about 4 s and
    /// sfdp under 1 s; 3,000 nodes take dot 70 s and sfdp 6 s), so larger graphs use `sfdp`.
    public static let automaticThreshold = 300

    /// The engine for a graph of `nodeCount` actors when the user did not choose one.
    public static func automatic(nodeCount: Int) -> LayoutEngine {
        nodeCount > automaticThreshold ? .sfdp : .dot
    }
}
