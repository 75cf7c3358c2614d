import ActorExtraction
import ActorGraph
import ArgumentParser

/// `--from` and `--to`: the window of event dates to keep; shared by `build`, `extract` and `merge`.
struct WindowOptions: ParsableArguments {
    @Option(help: "Keep relations dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep relations dated on or before this day (YYYY-MM-DD).")
    var to: String?

    /// The `--from`/`--to` window; unbounded when neither is given.
    func window() throws -> DateWindow {
        func day(_ text: String?, _ option: String) throws -> Day? {
            guard let text else { return nil }
            guard let day = Day(iso: text) else { throw CLIError("\(option) '\(text)' is not a date like 2021-07-29") }
            return day
        }
        let (first, last) = (try day(from, "--from"), try day(to, "--to"))
        do {
            return try DateWindow(from: first, to: last)
        } catch {
            throw CLIError("--from \(from ?? "") is after --to \(to ?? "")")
        }
    }

    /// Says on stderr how many undated relations the window left out.
    static func noteUndated(_ count: Int, window: DateWindow, quiet: Bool) {
        guard count > 0, !quiet else { return }
        Console.note(Console.count(count, "undated relation") + " left out of the window \(window)")
    }
}
