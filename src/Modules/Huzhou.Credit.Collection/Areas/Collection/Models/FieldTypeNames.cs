using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

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
