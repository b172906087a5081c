using System.Text;

namespace Huzhou.Credit.UnitTests.Tabular;

/// <summary>A forward-only UTF-8 CSV of generated penalty rows, produced as it is read: nothing is held in memory.</summary>
internal sealed class GeneratedCsvStream(int rows) : Stream
{
    private readonly StringBuilder _line = new();
    private byte[] _pending = Encoding.UTF8.GetBytes(PenaltyFile.CsvLine(PenaltyFile.Headers) + "\r\n");
    private int _pendingOffset;
    private int _written;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            if (_pendingOffset == _pending.Length)
            {
                if (_written == rows)
                {
                    break;
                }

                _written++;
                _line.Clear().Append(PenaltyFile.CsvLine(PenaltyFile.Row(_written))).Append("\r\n");
                _pending = Encoding.UTF8.GetBytes(_line.ToString());
                _pendingOffset = 0;
            }

            var count = Math.Min(buffer.Length - total, _pending.Length - _pendingOffset);
            _pending.AsSpan(_pendingOffset, count).CopyTo(buffer[total..]);
            _pendingOffset += count;
            total += count;
        }

        return total;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
