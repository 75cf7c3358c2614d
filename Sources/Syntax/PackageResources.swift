import Foundation

/// Finds a target's resource bundle (`<Package>_<Target>.resources` on Linux, `.bundle` on
/// macOS) beside the running executable, as SwiftPM lays it out, without the generated
/// `Bundle.module`, which stops the process when the bundle is missing (a binary copied away from
/// its resources).
public enum PackageResources {
    /// The bundle named `name` (without its extension) next to the executable, or nil.
    public static func bundle(named name: String) -> Bundle? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for folder in [Bundle.main.bundleURL, executable.deletingLastPathComponent()] {
            for suffix in ["resources", "bundle"] {
                let url = folder.appendingPathComponent("\(name).\(suffix)")
                if FileManager.default.fileExists(atPath: url.path), let bundle = Bundle(url: url) { return bundle }
            }
        }
        return nil
    }
}
