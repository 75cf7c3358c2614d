/// The ambiguity class file: one line per word, `form TAB UPOS XPOS TAB UPOS XPOS ...`, sorted by form.
extension AmbiguityClasses {
    /// The classes as the text of their file.
    public func fileText() -> String {
        var text = ""
        for (form, tags) in zip(forms, tags) {
            text += ([form] + tags.map(\.label)).joined(separator: "\t") + "\n"
        }
        return text
    }

    /// Reads the text written by `fileText()`.
    public init(fileText text: String) throws(ModelFormatError) {
        var entries: [(form: String, tags: [PartOfSpeechTag])] = []
        for (number, fields) in TabSeparatedText.lines(text) {
            let tags = fields.dropFirst().compactMap { PartOfSpeechTag(label: $0) }
            guard fields.count >= 2, !fields[0].isEmpty, tags.count == fields.count - 1 else {
                throw ModelFormatError("line \(number): expected a form and its tags ('UPOS XPOS') separated by tabs")
            }
            entries.append((fields[0], tags))
        }
        self.init(entries: entries)
    }
}
