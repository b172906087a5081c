using Huzhou.Credit.Collection.Domain;
using Huzhou.Credit.Collection.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Identity;
using Huzhou.Credit.SharedKernel.Results;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

internal sealed record BatchListViewModel(PagedList<CollectionBatch> Batches, IReadOnlyDictionary<string, string> DepartmentNames, IReadOnlyDictionary<string, string> ItemNames, bool MayUpload, bool SeesAllDepartments, DateTimeOffset Now);

internal sealed record UploadViewModel(IReadOnlyList<CatalogueItemSummary> Items, IReadOnlySet<string> ProvidedByMyDepartment, string? SelectedItem, IReadOnlyList<DepartmentInfo> Departments, string? SelectedDepartment, bool MayChooseDepartment);

internal sealed record BatchDetailsViewModel(CollectionBatch Batch, string DepartmentName, string ItemName, IReadOnlyList<BatchRejection> Rejections, long RejectionCount, bool IsCreditOffice, DateTimeOffset Now)
{
    /// <summary>The credit office may put a failed or interrupted batch back in the queue.</summary>
    public bool MayRequeue => IsCreditOffice && (Batch.Status == BatchStatus.Failed || Batch.LooksInterrupted(Now));
}

internal sealed record StatisticsViewModel(DateOnly From, DateOnly To, IReadOnlyList<DepartmentQuality> Rows, IReadOnlyDictionary<string, string> DepartmentNames);

/// <summary>One column's choice in the wizard's manual mapping: the header as delivered and the field key (empty = ignore).</summary>
internal sealed class ColumnChoiceForm
{
    public string? Header { get; set; }

    public string? Field { get; set; }
}

internal static class FieldTypeNames
{
    public static string Of(FieldType type) => type switch
    {
        FieldType.Text => "文本",
        FieldType.Date => "日期",
        FieldType.Decimal => "数值",
        FieldType.Enum => "枚举",
        FieldType.Uscc => "统一社会信用代码",
        FieldType.IdNumber => "身份证号码",
        FieldType.CodeList => "代码集",
        _ => type.ToString(),
    };
}

internal static class Percent
{
    public static string Of(double rate) => (rate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
