namespace Huzhou.Credit.Catalogue.Features;

/// <summary>The file formats a delivery template downloads in.</summary>
internal enum TemplateFormat
{
    Xlsx = 1,
    CsvGb18030 = 2,
    CsvUtf8 = 3,
}
