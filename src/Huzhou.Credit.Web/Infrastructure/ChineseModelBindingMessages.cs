using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Huzhou.Credit.Web.Infrastructure;

/// <summary>Model binding's own messages (a number that is not a number...) in Simplified Chinese.</summary>
internal static class ChineseModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是{field}的有效值。");
        p.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
        p.SetMissingKeyOrValueAccessor(() => "请填写此项。");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效值。");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "所填的值无效。");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "此项必须是数字。");
        p.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        p.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        p.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
        p.SetValueMustNotBeNullAccessor(value => "此项不能为空。");
    }
}
