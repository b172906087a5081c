namespace Huzhou.Credit.Evaluation.Areas.Evaluation.Models;

internal sealed class NewFieldForm
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string DepartmentCode { get; set; } = "";

    public string Sections { get; set; } = "";

    public string Keywords { get; set; } = "";

    public string Description { get; set; } = "";
}
