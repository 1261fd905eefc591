#!/usr/bin/env python3
"""Idle and slow clients against a running kezek-server, while fresh requests
are timed (by curl): what a misbehaving laptop, a network scanner or a slow mobile link
does to everyone else.

Holds IDLE TCP connections that never send a byte and SLOW TLS clients that
send their request head a byte a second, each from its own loopback address
(127.2.x.y and 127.3.x.y, so that the per-address cap sees many clients), and
opens a new one whenever the server drops one. Meanwhile, every half second,
a fresh TLS connection asks /health and another an authenticated poll; their
latency (connect, handshake and answer) is reported with the server's memory.

  hold_connections.py --port P --ca CERT --token T --pid PID
                      [--idle 10000] [--slow 500] [--seconds 60]
Loopback only, bounded in count and time.
"""
import argparse
import asyncio
import ssl
import statistics
import time


def rss_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def address(block, i):
    return f"127.{block}.{i // 250}.{1 + i % 250}"


class Holder:
    def __init__(self, args):
        self.args = args
        self.context = ssl.create_default_context(cafile=args.ca)
        self.context.check_hostname = False
        self.held_idle = 0
        self.held_slow = 0
        self.reconnects = 0
        self.failures = 0
        self.stop = False

    async def idle(self, i):
        while not self.stop:
            try:
                reader, writer = await asyncio.open_connection(
                    "127.0.0.1", self.args.port, local_addr=(address(2, i), 0))
            except OSError:
                self.failures += 1
                await asyncio.sleep(1)
                continue
            self.held_idle += 1
            await reader.read()  # until the server drops it
            self.held_idle -= 1
            self.reconnects += 1
            writer.close()

    async def slow(self, i):
        while not self.stop:
            try:
                reader, writer = await asyncio.open_connection(
                    "127.0.0.1", self.args.port, ssl=self.context,
                    local_addr=(address(3, i), 0))
            except (OSError, ssl.SSLError):
                self.failures += 1
                await asyncio.sleep(1)
                continue
            self.held_slow += 1
            head = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100000
            try:
                for byte in head:
                    if self.stop:
                        break
                    writer.write(bytes([byte]))
                    await writer.drain()
                    await asyncio.sleep(1)
            except (OSError, ssl.SSLError):
                pass
            self.held_slow -= 1
            self.reconnects += 1
            writer.close()

    async def fresh(self, path, token=None):
        # Timed by curl in a process of its own, so that this one's event
        # loop, busy with thousands of sockets, adds nothing to the figure.
        command = ["curl", "-s", "-o", "/dev/null", "--max-time", "10", "--cacert", self.args.ca,
                   "--interface", "127.4.0.1", "-w", "%{http_code} %{time_total}"]
        if token:
            command += ["-H", f"Authorization: Bearer {token}"]
        command.append(f"https://127.0.0.1:{self.args.port}{path}")
        process = await asyncio.create_subprocess_exec(
            *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
        out, _ = await process.communicate()
        try:
            code, seconds = out.decode().split()
            return code == "200", float(seconds) * 1000
        except ValueError:
            return False, 10000.0


def summary(name, samples):
    times = sorted(ms for ok, ms in samples)
    served = sum(1 for ok, ms in samples if ok)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    return (f"{name:28} {served}/{len(samples)} served, p50 {statistics.median(times):7.1f} ms, "
            f"p99 {p99:7.1f} ms, max {times[-1]:7.1f} ms")


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--idle", type=int, default=10000)
    parser.add_argument("--slow", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    holder = Holder(args)
    before = rss_kib(args.pid, "VmRSS")
    base = [await holder.fresh("/health") for _ in range(20)]
    tasks = [asyncio.create_task(holder.slow(i)) for i in range(args.slow)]
    for i in range(args.idle):
        tasks.append(asyncio.create_task(holder.idle(i)))
        if i % 500 == 499:
            await asyncio.sleep(0.05)
    health, poll = [], []
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        health.append(await holder.fresh("/health"))
        poll.append(await holder.fresh("/api/v1/changes?since=999999999", args.token))
    held = (holder.held_idle, holder.held_slow)
    holder.stop = True
    for task in tasks:
        task.cancel()
    print(f"held at the end: {held[0]} idle, {held[1]} slow; {holder.reconnects} reconnections "
          f"after the server dropped one; {holder.failures} failed connects")
    print(summary("/health, nothing held", base))
    print(summary("/health, fresh connection", health))
    print(summary("poll, fresh connection", poll))
    print(f"server memory: {before // 1024} MiB before, peak {rss_kib(args.pid, 'VmHWM') // 1024} "
          f"MiB, now {rss_kib(args.pid, 'VmRSS') // 1024} MiB")


if __name__ == "__main__":
    asyncio.run(main())
