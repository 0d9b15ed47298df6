import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// CPU time and peak memory of this process (the engine side of a benchmark).
struct ResourceUsage {
    /// User + system CPU seconds used so far.
    let cpuSeconds: Double
    /// Peak resident set size in MiB.
    let peakMiB: Double

    /// The current figures.
    static func now() -> ResourceUsage {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ResourceUsage(cpuSeconds: cpu, peakMiB: Double(usage.ru_maxrss) / 1024)
    }

    /// CPU seconds (user + system) used by another process so far, from /proc.
    static func cpuSeconds(ofProcess pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Fields after the command name start at state (3); utime is 14, stime 15.
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

/// Wall-clock seconds of `work`.
func measure(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now()
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}
