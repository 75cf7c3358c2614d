import ActorExtraction

/// One sentence of `actorgraph explain`, as text.
struct ExplanationText {
    let explained: SentenceExplanation
    let actors: [String: Actor]

    init(_ explained: SentenceExplanation, actors: [String: Actor]) {
        self.explained = explained
        self.actors = actors
    }

    var text: String {
        var out = "sentence \(explained.sentence.index + 1): \(explained.text)\n"
        for m in explained.mentions {
            out += "  mention \"\(m.mention.text)\" -> \(describe(m.actorID))"
            if let partner = m.partner { out += " and \(describe(partner))" }
            out += m.isWeak ? " (weak)\n" : "\n"
        }
        let reading = explained.reading
        guard let parse = reading.parse else {
            let why = reading.unparsed == .noTrigger ? "no word is tagged as a trigger of frames.tsv with the words its paths need"
                : "fewer than two different actors, or no word outside their names spelled like a trigger"
            out += "  not parsed: \(why)\n\n"
            return out
        }
        out += "  tree:\n"
        for (i, w) in parse.words.enumerated() {
            let head = w.head > 0 ? "\(w.head) \(parse.words[w.head - 1].form)" : "0 root"
            out += "    \(i + 1)\t\(w.form)\t\(w.upos)\t\(w.xpos)\t\(w.lemma)\t\(w.deprel) <- \(head)\n"
        }
        for f in reading.fired { out += "  relation \(finding(f))\n" }
        for f in reading.blocked { out += "  stopped  \(finding(f)): \(f.stop ?? "")\n" }
        if reading.fired.isEmpty, reading.blocked.isEmpty { out += "  no relation: no frame row reached two actors\n" }
        return out + "\n"
    }

    private func finding(_ f: SentenceReading.Finding) -> String {
        let c = f.candidate
        let row = f.row
        let paths = "\(row.source.map(\.description).joined(separator: " | ")) / \(row.target.map(\.description).joined(separator: " | "))"
        return "\(describe(c.source)) \(c.relation.rawValue) \(describe(c.target)) (trigger '\(row.lemma)' \(row.wordClass.rawValue), \(row.origin): \(paths))"
    }

    private func describe(_ id: String) -> String {
        guard let actor = actors[id] else { return id }
        return "\(actor.name) [\(actor.kind.rawValue)]"
    }
}
