namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>The file formats of an export (<see cref="TabularExport"/>).</summary>
public enum ExportFormat
{
    /// <summary>CSV, UTF-8 with BOM (<see cref="CsvWriter"/>).</summary>
    Csv,

    /// <summary>An .xlsx workbook of one sheet (<see cref="XlsxWriter"/>).</summary>
    Xlsx,
}
