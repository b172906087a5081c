using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// <c>&lt;staff-name login="@x.CreatedBy" /&gt;</c> renders <c>&lt;span title="scjg.staff"&gt;张三&lt;/span&gt;</c>: the
/// person's display name, with the login name kept in the tooltip for traceability. A login that names no staff
/// account (an API client, a job, a citizen) is shown as it is; an empty one renders nothing. Views use it through
/// <c>@addTagHelper *, Huzhou.Credit.Contracts</c>.
/// </summary>
[HtmlTargetElement("staff-name", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StaffNameTagHelper(IStaffDirectory staff) : TagHelper
{
    /// <summary>The login name as recorded.</summary>
    public string? Login { get; set; }

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(Login))
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        var name = await staff.DisplayNameAsync(Login);
        if (name is not null)
        {
            output.Attributes.SetAttribute("title", Login);
        }

        output.Content.SetContent(name ?? Login);
    }
}
