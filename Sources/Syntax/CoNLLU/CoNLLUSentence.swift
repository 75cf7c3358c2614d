/// One syntactic word of a CoNLL-U sentence: the ten columns of a word line.
///
/// `head` is 0 for the root and -1 when unknown (`_`); `deprel` is the full relation with its
/// subtype (`obl:agent`), see `universalRelation` for the part before the colon.
public struct SyntaxWord: Hashable, Sendable {
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    public var head: Int
    public var deprel: String
    public var deps: String
    public var misc: String

    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
                feats: String = "_", head: Int = -1, deprel: String = "_", deps: String = "_",
                misc: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    /// The relation without its subtype: `obl` for `obl:agent`.
    public var universalRelation: Substring {
        deprel.split(separator: ":", maxSplits: 1).first ?? Substring(deprel)
    }

    /// `SpaceAfter=No` is in MISC: no space followed the word in the text.
    public var noSpaceAfter: Bool {
        misc.split(separator: "|").contains("SpaceAfter=No")
    }
}

/// A line of a CoNLL-U sentence that is not a word: a multiword token range ("3-4  don't") or an
/// empty node ("8.1"), kept verbatim so that reading and writing round-trips.
public struct SyntaxExtraLine: Hashable, Sendable {
    /// Written before the word with this 0-based index (`words.count`: after the last word).
    public var beforeWord: Int
    /// The whole line, without its line break.
    public var line: String

    public init(beforeWord: Int, line: String) {
        self.beforeWord = beforeWord
        self.line = line
    }
}

/// One sentence of a CoNLL-U file: its comment lines, its words, and its other lines.
public struct CoNLLUSentence: Hashable, Sendable {
    /// Comment lines with their `#`, in order (`# text = …`, `# sent_id = …`).
    public var comments: [String]
    public var words: [SyntaxWord]
    public var extraLines: [SyntaxExtraLine]

    public init(comments: [String] = [], words: [SyntaxWord], extraLines: [SyntaxExtraLine] = []) {
        self.comments = comments
        self.words = words
        self.extraLines = extraLines
    }

    /// The value of the `# text = …` comment, if any.
    public var text: String? {
        for comment in comments where comment.hasPrefix("# text = ") {
            return String(comment.dropFirst("# text = ".count))
        }
        return nil
    }
}
