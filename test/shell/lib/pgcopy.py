"""What the *_binary.sh tests share: one-row, one-column COPY binary files."""
import struct


def q(*xs):
    """Big-endian int64s, as pq_sendint64 writes them."""
    return b"".join(struct.pack("!q", x) for x in xs)


def write_cases(d, cases):
    """For each case, d/NAME.bin holds a COPY file of one row of one column
    with its payload; d/cases lists the names."""
    head = b"PGCOPY\n\xff\r\n\0" + struct.pack("!ii", 0, 0)
    for name, payload in cases.items():
        row = struct.pack("!h", 1) + struct.pack("!i", len(payload)) + payload
        with open(f"{d}/{name}.bin", "wb") as f:
            f.write(head + row + struct.pack("!h", -1))
    with open(f"{d}/cases", "w") as f:
        f.write("\n".join(cases) + "\n")
