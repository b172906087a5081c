using FluentValidation;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Validation;
using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>Shape and range checks of the form; identifier rules live in <see cref="SubjectRegistration"/>.</summary>
internal sealed class SubjectRegistrationDetailsValidator : AbstractValidator<SubjectRegistrationDetails>
{
    public SubjectRegistrationDetailsValidator(TimeProvider clock)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写名称。")
            .MaximumLength(200).WithMessage("名称不能超过 200 个字。")
            .Must(UnsafeText.IsClean).WithMessage("名称含有控制字符或文字方向控制符，请删除后重新输入。");
        RuleFor(f => f.DistrictCode).NotEmpty().WithMessage("请选择所属区县。");

        When(f => f.IsPerson, () =>
        {
            RuleFor(f => f.IdNumber).NotEmpty().When(f => f.Id is null).WithMessage("请填写身份证号码。");
            RuleFor(f => f.Status).Must(s => RegistrationStatuses.ForPersons.Contains(s)).WithMessage("自然人状态只能是正常或注销。");
        }).Otherwise(() =>
        {
            RuleFor(f => f.Uscc).NotEmpty().When(f => f.Id is null).WithMessage("请填写统一社会信用代码。");
            RuleFor(f => f.ConfirmedKind).Must(k => k is null || k != SubjectKind.NaturalPerson).WithMessage("组织类主体不能选择自然人类型。");
            RuleFor(f => f.LegalRepresentative).MaximumLength(100).WithMessage("法定代表人（负责人）不能超过 100 个字。")
                .Must(UnsafeText.IsClean).WithMessage("法定代表人（负责人）含有控制字符或文字方向控制符，请删除后重新输入。");
            RuleFor(f => f.RegisteredCapital).GreaterThanOrEqualTo(0).WithMessage("注册资本不能为负数。")
                .LessThan(100_000_000m).WithMessage("注册资本（万元）数值过大，请核对单位。");
            RuleFor(f => f.EstablishedOn)
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8)))
                .WithMessage("成立日期不能晚于今天。")
                .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("成立日期不早于 1900 年。");
            RuleFor(f => f.Address).MaximumLength(300).WithMessage("住所不能超过 300 个字。")
                .Must(UnsafeText.IsClean).WithMessage("住所含有控制字符或文字方向控制符，请删除后重新输入。");
            RuleFor(f => f.IndustryCode).Must(c => string.IsNullOrEmpty(c) || IndustrySections.IsValid(c)).WithMessage("请选择有效的行业门类。");
        });

        RuleFor(f => f.WarningReason).NotEmpty().When(f => f.AcceptCheckWarning).WithMessage("确认登记校验位不符的代码时，请填写原因。")
            .MaximumLength(500).WithMessage("原因不能超过 500 个字。");
        RuleFor(f => f.ChangeReason).MaximumLength(500).WithMessage("变更说明不能超过 500 个字。");
    }
}
