import Dispatch

/// Work started on another thread, and waited for where its result is needed.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    /// Written once on the worker thread before `done` is signalled, read after waiting for it.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.done.signal()
        }
    }

    /// The work's value, or its error; call once.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
