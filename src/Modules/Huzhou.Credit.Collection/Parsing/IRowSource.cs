namespace Huzhou.Credit.Collection.Parsing;

/// <summary>A file being read row by row. Row numbers are those a person sees in Excel: the header is row 1.</summary>
internal interface IRowSource : IAsyncDisposable
{
    string Format { get; }

    string? EncodingName { get; }

    IReadOnlyList<string> Headers { get; }

    int RowNumber { get; }

    int FieldCount { get; }

    ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default);

    string GetString(int column);

    string RawText();
}
