using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Huzhou.Credit.Collection.Parsing;
using Xunit.Abstractions;

namespace Huzhou.Credit.UnitTests.Collection.Parsing;

/// <summary>Runs only when HUZHOU_PARSING_MEASURE is set: a measurement, not a test (nothing is asserted on time).</summary>
public sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("HUZHOU_PARSING_MEASURE") is null)
        {
            Skip = "Measurement: set HUZHOU_PARSING_MEASURE=1 and run with -c Release.";
        }
    }
}

/// <summary>Rows/s and memory of the row sources; run with <c>HUZHOU_PARSING_MEASURE=1 dotnet test -c Release</c>.</summary>
public sealed class RowSourceMeasurements(ITestOutputHelper output)
{
    [MeasurementFact]
    public async Task Csv_rows_per_second_and_memory()
    {
        var path = Path.Combine(Path.GetTempPath(), "huzhou-parsing-1m.csv");
        await using (var file = File.Create(path))
        await using (var generated = new GeneratedCsvStream(1_000_000))
        {
            await generated.CopyToAsync(file);
        }

        try
        {
            await Measure("CSV 1,000,000 rows from file, ReadAsync only", path, readCells: false);
            await Measure("CSV 1,000,000 rows from file, ReadAsync + GetString x30", path, readCells: true);
        }
        finally
        {
            File.Delete(path);
        }

        // 10x: streamed straight from a generator, so the file never exists in memory or on disk.
        await MeasureStream("CSV 10,000,000 generated rows, ReadAsync + GetString x30", () => new GeneratedCsvStream(10_000_000), "big.csv");
    }

    [MeasurementFact]
    public async Task Xlsx_rows_per_second_and_memory()
    {
        foreach (var rows in new[] { 200_000, 2_000_000 })
        {
            var path = Path.Combine(Path.GetTempPath(), $"huzhou-parsing-{rows}.xlsx");
            var written = Stopwatch.StartNew();
            WriteXlsx(path, rows);
            output.WriteLine($"(wrote {rows:N0}-row XLSX, {new FileInfo(path).Length / 1024 / 1024} MB, in {written.Elapsed.TotalSeconds:F1}s)");
            try
            {
                await Measure($"XLSX {rows:N0} rows, ReadAsync + GetString x30", path, readCells: true);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    private Task Measure(string label, string path, bool readCells) =>
        MeasureStream(label, () => File.OpenRead(path), path, readCells);

    private async Task MeasureStream(string label, Func<Stream> open, string fileName, bool readCells = true)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        long peakHeap = 0;
        long peakWorkingSet = 0;

        var clock = Stopwatch.StartNew();
        await using var stream = open();
        await using var source = await RowSources.OpenAsync(stream, fileName);
        var rows = 0;
        long chars = 0;
        while (await source.ReadAsync())
        {
            rows++;
            if (readCells)
            {
                for (var i = 0; i < source.Headers.Count; i++)
                {
                    chars += source.GetString(i).Length;
                }
            }

            if (rows % 100_000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            }
        }

        clock.Stop();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: {rows:N0} rows in {clock.Elapsed.TotalSeconds:F2}s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s; " +
            $"heap before {heapBefore / 1024 / 1024} MB, peak {peakHeap / 1024 / 1024} MB, after (source open) {heapAfter / 1024 / 1024} MB; " +
            $"working set before {workingSetBefore / 1024 / 1024} MB, peak {peakWorkingSet / 1024 / 1024} MB; {chars:N0} chars"));
        Assert.True(rows > 0);
    }

    /// <summary>Writes a penalty sheet as Excel would: all text in the shared-strings table, dates as serials.</summary>
    private static void WriteXlsx(string path, int rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var shared = new Dictionary<string, int>();
        int Share(string text)
        {
            if (!shared.TryGetValue(text, out var index))
            {
                index = shared.Count;
                shared.Add(text, index);
            }

            return index;
        }

        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            for (var r = 0; r <= rows; r++)
            {
                var cells = r == 0 ? PenaltyFile.Headers : PenaltyFile.Row(r);
                writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", (r + 1).ToString(CultureInfo.InvariantCulture))]);
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c].Length == 0)
                    {
                        continue;
                    }

                    var reference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    var cell = new Cell { CellReference = reference };
                    if (r > 0 && PenaltyFile.Headers[c] == "处罚决定日期")
                    {
                        cell.StyleIndex = 1;
                        cell.CellValue = new CellValue("45731");
                    }
                    else if (r > 0 && decimal.TryParse(cells[c], NumberStyles.Number, CultureInfo.InvariantCulture, out _) && c >= 19 && c <= 20)
                    {
                        cell.CellValue = new CellValue(cells[c]);
                    }
                    else
                    {
                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue(Share(cells[c]).ToString(CultureInfo.InvariantCulture));
                    }

                    writer.WriteElement(cell);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var table = workbook.AddNewPart<SharedStringTablePart>();
        using (var writer = OpenXmlWriter.Create(table))
        {
            writer.WriteStartElement(new SharedStringTable());
            foreach (var text in shared.Keys)
            {
                writer.WriteElement(new SharedStringItem(new Text(text)));
            }

            writer.WriteEndElement();
        }

        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14 }));
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "行政处罚", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
    }

    private static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }
}
