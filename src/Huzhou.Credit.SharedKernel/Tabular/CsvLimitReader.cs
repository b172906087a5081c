using System.Buffers;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Passes the decoded text through to the CSV parser while counting columns, cell and record lengths, so a file
/// breaking <see cref="TabularLimits"/> is refused as soon as the offending characters are read, before the parser
/// buffers the record (a 2,000,000-column row costs one linear pass, not a parse of its fields).
/// </summary>
/// <remarks>
/// The quoting rules are Sylvan's: a quote opens a quoted cell only at the start of a cell, "" inside one is a quote,
/// line breaks inside one belong to the cell. Runs of ordinary characters are skipped with a vectorised search.
/// </remarks>
internal sealed class CsvLimitReader(TextReader inner, char delimiter, TabularLimits limits) : TextReader
{
    private readonly SearchValues<char> _special = SearchValues.Create([delimiter, '"', '\r', '\n']);
    private State _state = State.CellStart;
    private int _columns = 1;
    private long _cellChars;
    private long _rowChars;
    private int _row = 1;
    private bool _afterCr;

    private enum State
    {
        CellStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    public override int Peek() => -1; // the parser reads blocks; not peeking keeps every char counted once

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Scan(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Scan(buffer.Span[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Scan(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var rest = text[i..];
            var next = _state == State.Quoted ? rest.IndexOf('"') : rest.IndexOfAny(_special);
            var run = next < 0 ? rest.Length : next;
            if (run > 0)
            {
                Grow(run);
                _afterCr = false;
                if (_state is State.CellStart or State.QuoteInQuoted)
                {
                    _state = State.Unquoted;
                }
            }

            if (next < 0)
            {
                return;
            }

            i += run + 1;
            var c = rest[run];
            if (c == '"')
            {
                Grow(1);
                _afterCr = false;
                _state = _state switch
                {
                    State.CellStart or State.QuoteInQuoted => State.Quoted,
                    State.Quoted => State.QuoteInQuoted,
                    _ => State.Unquoted, // a quote inside an unquoted cell is text
                };
            }
            else if (c is '\r' or '\n')
            {
                if (!(c == '\n' && _afterCr))
                {
                    _row++;
                }

                _afterCr = c == '\r';
                _columns = 1;
                _cellChars = 0;
                _rowChars = 0;
                _state = State.CellStart;
            }
            else
            {
                _afterCr = false;
                _rowChars++;
                _cellChars = 0;
                _state = State.CellStart;
                if (++_columns > limits.MaxColumns)
                {
                    throw new TabularFileException(
                        $"第 {_row} 行超过 {limits.MaxColumns:N0} 列：请只保留目录信息项的列（或检查分隔符是否正确）后重新上传。");
                }
            }
        }
    }

    private void Grow(int chars)
    {
        _cellChars += chars;
        _rowChars += chars;
        if (_cellChars > limits.MaxCellChars)
        {
            throw new TabularFileException(
                $"第 {_row} 行第 {_columns} 列的单元格超过 {limits.MaxCellChars:N0} 个字符（Excel 单元格的上限），"
                + "可能是引号没有成对闭合或文件已损坏，请检查后重新上传。");
        }

        if (_rowChars > limits.MaxRowChars)
        {
            throw new TabularFileException(
                $"第 {_row} 行超过 {limits.MaxRowChars:N0} 个字符，可能是引号没有成对闭合或文件已损坏，请检查后重新上传。");
        }
    }
}
