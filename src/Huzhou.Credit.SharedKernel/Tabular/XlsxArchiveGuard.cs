using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// Checks an .xlsx archive against <see cref="TabularLimits"/> before the OpenXml SDK touches it (declared sizes and
/// compression ratios in the zip directory), and wraps the parts that are streamed so the bytes actually
/// decompressed are counted too: a directory can lie, the decompressed data cannot.
/// </summary>
internal sealed class XlsxArchiveGuard
{
    private readonly Dictionary<string, (long Length, long Compressed)> _entries;
    private readonly TabularLimits _limits;

    private XlsxArchiveGuard(Dictionary<string, (long Length, long Compressed)> entries, TabularLimits limits)
    {
        _entries = entries;
        _limits = limits;
    }

    /// <summary>Reads the zip directory (not the data) and refuses parts too large or compressed too well.</summary>
    public static XlsxArchiveGuard Inspect(Stream stream, TabularLimits limits)
    {
        var entries = new Dictionary<string, (long, long)>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxArchiveEntries)
            {
                throw new TabularFileException(
                    $"文件中有 {zip.Entries.Count:N0} 个内部部件，超过 {limits.MaxArchiveEntries:N0} 个的上限：文件可能已损坏。请用 Excel 另存为 .xlsx 后重新上传。");
            }

            foreach (var entry in zip.Entries)
            {
                Check(entry.FullName, entry.Length, entry.CompressedLength, limits);
                entries[entry.FullName] = (entry.Length, entry.CompressedLength);
            }
        }
        catch (InvalidDataException)
        {
            throw new TabularFileException("文件无法作为 .xlsx 打开：可能已损坏，或并非 Excel 工作簿。请用 Excel 另存为 .xlsx 后重新上传。");
        }
        finally
        {
            stream.Position = 0;
        }

        if (entries.TryGetValue("[Content_Types].xml", out var types))
        {
            CheckLoadedWhole("[Content_Types].xml", types.Item1, limits);
        }

        foreach (var (name, (length, _)) in entries)
        {
            if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                CheckLoadedWhole(name, length, limits);
            }
        }

        return new XlsxArchiveGuard(entries, limits);
    }

    /// <summary>Refuses a part the SDK will parse into a document if its declared size is past <see cref="TabularLimits.MaxLoadedPartBytes"/>.</summary>
    public void CheckLoadedWhole(Uri partUri)
    {
        if (_entries.TryGetValue(EntryName(partUri), out var entry))
        {
            CheckLoadedWhole(EntryName(partUri), entry.Length, _limits);
        }
    }

    /// <summary>
    /// Elements nested in a part the SDK parses whole. The SDK's parser recurses per level: a workbook.xml of 100,000
    /// nested elements overflowed the stack and killed the server process. Genuine parts nest fewer than 10 levels.
    /// </summary>
    public const int MaxLoadedPartDepth = 64;

    /// <summary>
    /// Refuses a part the SDK will parse into a document if it is too large (<see cref="TabularLimits.MaxLoadedPartBytes"/>)
    /// or nests deeper than <see cref="MaxLoadedPartDepth"/>; a DTD (entity expansion) surfaces as an <see cref="XmlException"/>.
    /// The part is read once with a streaming reader, so the check costs no more memory than the limits allow.
    /// </summary>
    public void CheckLoadedWhole(OpenXmlPart part)
    {
        CheckLoadedWhole(part.Uri);
        using var stream = Limit(part.GetStream(FileMode.Open, FileAccess.Read), part.Uri);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
            if (xml.Depth > MaxLoadedPartDepth)
            {
                throw new TabularFileException(
                    $"文件中的部件“{EntryName(part.Uri)}”嵌套超过 {MaxLoadedPartDepth} 层，不像正常的 Excel 工作簿：文件可能已损坏或被构造。请用 Excel 另存为 .xlsx 后重新上传。");
            }
        }
    }

    /// <summary>The part's stream, counting decompressed bytes against the limits as they are read.</summary>
    public Stream Limit(Stream partStream, Uri partUri)
    {
        var name = EntryName(partUri);
        var compressed = _entries.TryGetValue(name, out var entry) ? entry.Compressed : long.MaxValue;
        return new LimitedPartStream(partStream, name, compressed, _limits);
    }

    private static string EntryName(Uri partUri) => Uri.UnescapeDataString(partUri.OriginalString).TrimStart('/');

    private static void Check(string name, long length, long compressed, TabularLimits limits)
    {
        if (length > limits.MaxPartBytes)
        {
            throw TooLarge(name, limits.MaxPartBytes);
        }

        if (length > limits.RatioFloorBytes && length > Math.Max(compressed, 1) * limits.MaxCompressionRatio)
        {
            throw Ratio(name, limits);
        }
    }

    private static void CheckLoadedWhole(string name, long length, TabularLimits limits)
    {
        if (length > limits.MaxLoadedPartBytes)
        {
            throw TooLarge(name, limits.MaxLoadedPartBytes);
        }
    }

    private static TabularFileException TooLarge(string name, long limit) => new(
        $"文件中的部件“{name}”解压后超过 {TabularLimits.Megabytes(limit)} 的上限：文件可能已损坏或被构造。"
        + "请用 Excel 打开后另存为 CSV（UTF-8）再上传，或拆分后分批上传。");

    private static TabularFileException Ratio(string name, TabularLimits limits) => new(
        $"文件中的部件“{name}”压缩比超过 {limits.MaxCompressionRatio}:1，不像正常的 Excel 工作簿（可能是“压缩炸弹”）。"
        + "请用 Excel 打开后另存为 .xlsx 或 CSV 再上传。");

    /// <summary>
    /// Counts decompressed bytes (size and ratio limits) and the longest run without '&lt;' or '&gt;': the XML reader
    /// holds a whole text node, name or attribute in memory, and no genuine token is longer than a cell's 32,767
    /// characters written as entities.
    /// </summary>
    private sealed class LimitedPartStream(Stream inner, string name, long compressed, TabularLimits limits) : Stream
    {
        private readonly long _maxRun = Math.Max(1024 * 1024, limits.MaxCellChars * 8L);
        private long _total;
        private long _run;

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
            var read = inner.Read(buffer);
            Count(buffer[..read]);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            Count(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Count(ReadOnlySpan<byte> bytes)
        {
            _total += bytes.Length;
            if (_total > limits.MaxPartBytes)
            {
                throw TooLarge(name, limits.MaxPartBytes);
            }

            if (_total > limits.RatioFloorBytes && _total > Math.Max(compressed, 1) * limits.MaxCompressionRatio)
            {
                throw Ratio(name, limits);
            }

            var first = bytes.IndexOfAny((byte)'<', (byte)'>');
            var longest = _run + (first < 0 ? bytes.Length : first);
            _run = first < 0 ? longest : bytes.Length - bytes.LastIndexOfAny((byte)'<', (byte)'>') - 1;
            if (longest > _maxRun || _run > _maxRun)
            {
                throw new TabularFileException(
                    $"文件中的部件“{name}”有一段超过 {TabularLimits.Megabytes(_maxRun)} 的连续内容，"
                    + $"超出单元格 {limits.MaxCellChars:N0} 个字符的上限：文件可能已损坏。请检查后重新上传。");
            }
        }
    }
}
