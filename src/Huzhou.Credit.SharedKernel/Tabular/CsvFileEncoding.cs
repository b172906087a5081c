namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>The encodings the platform writes CSV files in.</summary>
public enum CsvFileEncoding
{
    /// <summary>UTF-8 with a byte-order mark: Excel then opens the Chinese correctly; any other program too.</summary>
    Utf8WithBom = 1,

    /// <summary>GB18030 (a superset of GBK): what Excel and WPS on a Chinese Windows read and write without asking.</summary>
    Gb18030 = 2,
}
