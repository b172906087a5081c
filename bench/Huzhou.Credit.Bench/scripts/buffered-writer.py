#!/usr/bin/env python3
# A steady stream of buffered writes, to run beside fsync-probe.py: the page-cache writeback the database's evicted pages cause.
# Usage: python3 buffered-writer.py <file on the database disk> <MB per second> <seconds>
import os, time, sys
# Buffered writes (no fsync) at a steady rate, as PostgreSQL's backends write evicted table pages: the kernel writes them back.
path, mbps, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600); buf = os.urandom(8192); end = time.monotonic() + seconds; off = 0
while time.monotonic() < end:
    for _ in range(int(mbps * 1024 / 8 / 10)):
        os.pwrite(fd, buf, off); off += 8192
    time.sleep(0.1)
os.close(fd); os.unlink(path)
