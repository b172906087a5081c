using System.Globalization;
using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Persistence;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.SharedKernel.Tabular;
using Microsoft.EntityFrameworkCore;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The rejection report of a batch, made to be fixed and uploaded again as it is: the delivered columns exactly as
/// delivered (one cell per column, the file's own header row), then 行号 and 原因 (columns the upload ignores), in the
/// batch's own format — CSV in the encoding it came in (GB18030 stays GB18030, else UTF-8 with BOM) or XLSX. Cells
/// are formula-neutralised by the writers and restored by the upload. Personal columns are given as delivered only to
/// the delivering department (the controller decides and audits); everyone else gets them masked. Batches rejected
/// before reports carried cells keep the old layout (行号, 字段, 原因, 原始数据).
/// </summary>
internal sealed class RejectionReport(CollectionDbContext db, ICatalogue catalogue, ColumnChoices columns, PersonalDataProtector protector)
{
    /// <summary>Days a report keeps the delivered cells; after that only 行号 and 原因 remain (nightly clean-up).</summary>
    public const int KeepDays = 30;

    public static readonly string[] Formats = ["csv", "xlsx"];

    /// <summary>The format a batch's report is offered in first: the one it was delivered in.</summary>
    public static string DeliveredFormat(CollectionBatch batch) => string.Equals(batch.Format, "XLSX", StringComparison.OrdinalIgnoreCase) ? "xlsx" : "csv";

    public static string FileName(CollectionBatch batch, string format) => $"批次{batch.Id}退回报告_{batch.ItemCode}.{format}";

    public static string ContentType(CollectionBatch batch, string format) =>
        format == "xlsx" ? XlsxWriter.ContentType : CsvWriter.ContentType(CsvEncoding(batch));

    public async Task WriteAsync(CollectionBatch batch, string format, bool asDelivered, Stream output, CancellationToken cancellationToken)
    {
        var layout = await LayoutAsync(batch, cancellationToken);
        var rows = db.Rejections.AsNoTracking().Where(r => r.BatchId == batch.Id).OrderBy(r => r.RowNumber).ThenBy(r => r.Id).AsAsyncEnumerable();
        if (format == "xlsx")
        {
            await using var xlsx = await XlsxWriter.CreateAsync(output, cancellationToken);
            await xlsx.StartSheetAsync("退回记录", layout.Headers, cancellationToken: cancellationToken);
            await foreach (var r in rows.WithCancellation(cancellationToken))
            {
                await xlsx.WriteRowAsync(layout.Row(r, asDelivered), cancellationToken);
            }

            await xlsx.FinishAsync(cancellationToken);
            return;
        }

        await using var csv = new CsvWriter(output, CsvEncoding(batch), leaveOpen: true);
        await csv.WriteRowAsync(layout.Headers, cancellationToken);
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRowAsync(layout.Row(r, asDelivered), cancellationToken);
        }
    }

    private static CsvFileEncoding CsvEncoding(CollectionBatch batch) =>
        string.Equals(batch.EncodingName, "GB18030", StringComparison.OrdinalIgnoreCase) ? CsvFileEncoding.Gb18030 : CsvFileEncoding.Utf8WithBom;

    private async Task<Layout> LayoutAsync(CollectionBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Headers.Count == 0)
        {
            return new Layout(["行号", "字段", "原因", "原始数据"], null, 0);
        }

        var item = await catalogue.GetVersionAsync(batch.ItemCode, batch.ItemVersion, cancellationToken);
        // The batch's own mapping (with the clerk's manual choices): a column mapped by hand to a personal field is personal.
        var map = item is null ? null : HeaderMap.Build(item, batch.Headers, await columns.EffectiveAsync(batch, cancellationToken));
        var personal = map is null ? new bool[batch.Headers.Count] : RejectedCells.PersonalColumns(map, batch.Headers.Count);
        return new Layout([.. batch.Headers, "行号", "原因"], new RejectedCells(protector, personal), batch.Headers.Count);
    }

    private sealed record Layout(IReadOnlyList<string> Headers, RejectedCells? Cells, int Columns)
    {
        public string?[] Row(BatchRejection r, bool asDelivered)
        {
            var number = r.RowNumber.ToString(CultureInfo.InvariantCulture);
            if (Cells is null)
            {
                return [number, r.FieldLabel, r.Reason, r.RawRow];
            }

            IReadOnlyList<string> delivered = r.Cells is null ? [] : Cells.Unprotect(r.Cells);
            var shown = asDelivered ? delivered : Cells.Masked(delivered);
            var row = new string?[Columns + 2];
            for (var i = 0; i < Columns; i++)
            {
                row[i] = i < shown.Count ? shown[i] : "";
            }

            row[Columns] = number;
            row[Columns + 1] = asDelivered ? r.Reason : RejectedCells.MaskIdNumbers(r.Reason);
            return row;
        }
    }
}
