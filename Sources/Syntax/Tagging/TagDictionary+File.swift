/// The dictionary file: one line per word, `form TAB UPOS TAB XPOS`, sorted by form.
extension TagDictionary {
    /// The dictionary as the text of its file.
    public func fileText() -> String {
        var text = ""
        for (form, tag) in zip(forms, tags) { text += "\(form)\t\(tag.upos)\t\(tag.xpos)\n" }
        return text
    }

    /// Reads the text written by `fileText()`.
    public init(fileText text: String) throws(ModelFormatError) {
        var entries: [(form: String, tag: PartOfSpeechTag)] = []
        for (number, fields) in TabSeparatedText.lines(text) {
            guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                throw ModelFormatError("line \(number): expected form, UPOS and XPOS separated by tabs")
            }
            entries.append((fields[0], PartOfSpeechTag(upos: fields[1], xpos: fields[2])))
        }
        self.init(entries: entries)
    }
}
