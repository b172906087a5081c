namespace Huzhou.Credit.SharedKernel.Tabular;

/// <summary>
/// A delivered file the platform cannot read (unsupported format, empty, no header, duplicate header names, broken
/// quoting, a damaged workbook). The message is in Chinese and is shown to the uploader as it is.
/// </summary>
/// <remarks>Not named FileFormatException: System.IO.Packaging (under the XLSX reader) has a type of that name.</remarks>
public sealed class TabularFileException(string message) : Exception(message);
