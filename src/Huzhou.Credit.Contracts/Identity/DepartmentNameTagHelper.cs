using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// <c>&lt;department-name code="@x.DepartmentCode" /&gt;</c> renders <c>&lt;span title="HZ-SJJ"&gt;湖州市市场监督管理局&lt;/span&gt;</c>:
/// the department's name from <see cref="IDepartmentDirectory"/>, with its code in the tooltip. An unknown code is
/// shown as it is; an empty one renders nothing. Views use it through <c>@addTagHelper *, Huzhou.Credit.Contracts</c>.
/// </summary>
[HtmlTargetElement("department-name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DepartmentNameTagHelper(IDepartmentDirectory departments) : TagHelper
{
    /// <summary>The department code as recorded, such as <c>HZ-SJJ</c>.</summary>
    public string? Code { get; set; }

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(Code))
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        var department = (await departments.ListAsync()).FirstOrDefault(d => string.Equals(d.Code, Code, StringComparison.OrdinalIgnoreCase));
        if (department is not null)
        {
            output.Attributes.SetAttribute("title", department.Code);
        }

        output.Content.SetContent(department?.Name ?? Code);
    }
}
