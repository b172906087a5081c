#!/usr/bin/env python3
# The disk under the WAL, without PostgreSQL or the app: what one 8-kB write + fdatasync costs, and how often it stalls.
# Usage: python3 fsync-probe.py <file on the database disk> <seconds>   (docs/benchmarks.md, check API, seventh pass)
import os, time, sys
# 8-kB writes, each followed by fdatasync, into a preallocated 16-MB file (as PostgreSQL's WAL does), for N seconds.
path, seconds = sys.argv[1], float(sys.argv[2])
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
os.ftruncate(fd, 16 * 1024 * 1024); os.fsync(fd)
buf = os.urandom(8192); lat = []; off = 0; end = time.monotonic() + seconds
while time.monotonic() < end:
    t = time.perf_counter(); os.pwrite(fd, buf, off); os.fdatasync(fd); lat.append((time.perf_counter() - t) * 1000)
    off = (off + 8192) % (16 * 1024 * 1024)
os.close(fd); os.unlink(path)
lat.sort(); n = len(lat); q = lambda p: lat[min(n - 1, int(p * n))]
print(f"{n} write+fdatasync in {seconds:.0f} s ({n/seconds:.0f}/s): p50 {q(.5):.2f} ms, p99 {q(.99):.2f} ms, p99.9 {q(.999):.2f} ms, max {lat[-1]:.1f} ms; over 50 ms: {sum(1 for x in lat if x > 50)}, over 100 ms: {sum(1 for x in lat if x > 100)}")
