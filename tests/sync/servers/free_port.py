#!/usr/bin/python3
"""Print N (default 1) distinct free TCP ports on 127.0.0.1, one per line.

    free_port.py [N]

Ports are picked at random BELOW the kernel's ephemeral range
(/proc/sys/net/ipv4/ip_local_port_range, usually 32768-60999), so outgoing client
connections (which use ephemeral ports) cannot take them between this check and the
server's bind. Each one is test-bound; all are held together so they differ. A port can
still be taken by another process before the caller binds it: start scripts fail loudly
then, and a caller may simply retry with new ports.
"""
import random
import socket
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
try:
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        low = int(f.read().split()[0])
except (OSError, ValueError, IndexError):
    low = 32768
lo, hi = 20000, max(20000 + 1000, low - 1)
rng = random.SystemRandom()
socks = []
try:
    tries = 0
    while len(socks) < n:
        tries += 1
        if tries > 1000:
            sys.exit("free_port.py: no free port found")
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.bind(("127.0.0.1", rng.randint(lo, hi)))
        except OSError:
            s.close()
            continue
        socks.append(s)
    ports = [s.getsockname()[1] for s in socks]
finally:
    for s in socks:
        s.close()
print("\n".join(str(p) for p in ports))
