using FluentValidation;
using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.Integrity.Areas.Integrity.Models;

internal sealed class SchemeFormValidator : AbstractValidator<SchemeForm>
{
    public SchemeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写方案编码。")
            .Matches("^[A-Za-z0-9-]{2,30}$").WithMessage("方案编码为 2-30 位字母、数字或连字符，如 YSJ-CXSH。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写方案名称。").MaximumLength(100).WithMessage("方案名称不超过 100 字。");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择方案类型。");
        RuleFor(f => f.DepartmentCode).NotEmpty().WithMessage("请选择运营部门。");
        RuleFor(f => f.BasePoints).InclusiveBetween(0, 1000).WithMessage("基础分须在 0-1000 之间。");
        RuleFor(f => f.Bands).Must(b => SchemeBands.TryParse(b, out _, out _)).WithMessage(f => SchemeBands.TryParse(f.Bands, out _, out var error) ? "" : error!);
        RuleFor(f => f.GroupLabel).NotEmpty().WithMessage("请填写成员分组的名称（如 村、街区、单位）。").MaximumLength(20).WithMessage("分组名称不超过 20 字。");
        RuleFor(f => f.Description).MaximumLength(1000).WithMessage("说明不超过 1000 字。");
        RuleFor(f => f.PublicBoard).Equal(false).When(f => f.Kind == SchemeKind.CivilServants).WithMessage("公务员诚信档案不对外公示。");
    }
}
