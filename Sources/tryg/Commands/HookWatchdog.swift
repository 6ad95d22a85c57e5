import Foundation
import Git
import Messages
import Strategy

/// Keeps a server-side check bounded: when its deadline passes, the push is refused (fail closed:
/// git rejects a push whose hook exits with a non-zero status) and the reason is logged; when the
/// pusher goes away (the pipe git reads the hook's output from is closed, or git itself is gone),
/// the check stops at once instead of working on for nobody.
///
/// The check runs on the main thread; the watchdog is a second thread that looks every 20 ms and
/// ends the process with `_exit`, which needs no cooperation from the work in progress.
enum HookWatchdog {
    /// The deadline in seconds: `tryg.deadline` from the server's git configuration, else 4 —
    /// GitHub Enterprise gives all pre-receive hooks 5 s together.
    static func deadline(_ repo: Repository) -> Double {
        guard let text = repo.configString("tryg.deadline"), let value = Double(text), value > 0, value.isFinite else { return 4 }
        return value
    }

    /// Starts watching. `log` is the file the reason of a refusal is appended to (best effort).
    static func start(deadline seconds: Double, speaker: Speaker, log: String?) {
        // A disposition inherited as "ignore" would let the check outlive a hang-up or a closed pipe.
        signal(SIGPIPE, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
        let parent = getppid()
        let started = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(seconds * 1_000_000_000)
        let message = "tryg: " + speaker.say("hook.deadline", ["seconds": .text(format(seconds))]) + "\n"
        let thread = Thread {
            while true {
                usleep(20_000)
                if pusherIsGone(parent: parent) { _exit(1) }
                guard DispatchTime.now().uptimeNanoseconds - started >= limit else { continue }
                writeAll(2, message)
                if let log {
                    let fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0o644)
                    if fd >= 0 {
                        writeAll(fd, ISO8601DateFormatter().string(from: Date()) + " " + message)
                        close(fd)
                    }
                }
                _exit(1)
            }
        }
        thread.start()
    }

    /// Whether the process git started the hook from is gone, or nobody reads standard error any more.
    static func pusherIsGone(parent: pid_t) -> Bool {
        if getppid() != parent { return true }
        var descriptor = pollfd(fd: 2, events: 0, revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0
    }

    /// "4", "0.5": seconds as a person writes them.
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    private static func writeAll(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.write(fd, base + done, raw.count - done)
            }
            if n <= 0 { return }
            done += n
        }
    }
}
