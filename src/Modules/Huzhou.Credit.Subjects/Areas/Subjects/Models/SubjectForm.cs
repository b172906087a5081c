using FluentValidation;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.Subjects.Domain;

namespace Huzhou.Credit.Subjects.Areas.Subjects.Models;

/// <summary>The create/edit form of a subject. Identifiers are checked by the registration service, which knows the rules' warnings.</summary>
internal sealed class SubjectForm
{
    public long? Id { get; set; }

    public bool IsPerson { get; set; }

    public string? Name { get; set; }

    public string? Uscc { get; set; }

    /// <summary>The kind a clerk confirmed; null means "as the code's prefix says".</summary>
    public SubjectKind? ConfirmedKind { get; set; }

    public bool AcceptCheckWarning { get; set; }

    public string? WarningReason { get; set; }

    public string? LegalRepresentative { get; set; }

    public decimal? RegisteredCapital { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? Address { get; set; }

    public string? IndustryCode { get; set; }

    public string? IdNumber { get; set; }

    public string? DistrictCode { get; set; }

    public RegistrationStatus Status { get; set; } = RegistrationStatus.Active;

    public string? ChangeReason { get; set; }
}

/// <summary>Shape and range checks of the form; identifier rules live in <see cref="Features.SubjectRegistration"/>.</summary>
internal sealed class SubjectFormValidator : AbstractValidator<SubjectForm>
{
    public SubjectFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写名称。")
            .MaximumLength(200).WithMessage("名称不能超过 200 个字。")
            // Issue #23: a bidi override (U+202E) made a name show other than it reads, on every page and report.
            .Must(n => n is null || (n.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && n.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0))
            .WithMessage("名称含有文字方向控制字符（如 U+202E），显示的文字会与实际内容不符，请删除后重新输入。");
        RuleFor(f => f.DistrictCode).NotEmpty().WithMessage("请选择所属区县。");

        When(f => f.IsPerson, () =>
        {
            RuleFor(f => f.IdNumber).NotEmpty().When(f => f.Id is null).WithMessage("请填写身份证号码。");
            RuleFor(f => f.Status).Must(s => RegistrationStatuses.ForPersons.Contains(s)).WithMessage("自然人状态只能是正常或注销。");
        }).Otherwise(() =>
        {
            RuleFor(f => f.Uscc).NotEmpty().When(f => f.Id is null).WithMessage("请填写统一社会信用代码。");
            RuleFor(f => f.ConfirmedKind).Must(k => k is null || k != SubjectKind.NaturalPerson).WithMessage("组织类主体不能选择自然人类型。");
            RuleFor(f => f.LegalRepresentative).MaximumLength(100).WithMessage("法定代表人（负责人）不能超过 100 个字。");
            RuleFor(f => f.RegisteredCapital).GreaterThanOrEqualTo(0).WithMessage("注册资本不能为负数。")
                .LessThan(100_000_000m).WithMessage("注册资本（万元）数值过大，请核对单位。");
            RuleFor(f => f.EstablishedOn)
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8)))
                .WithMessage("成立日期不能晚于今天。")
                .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("成立日期不早于 1900 年。");
            RuleFor(f => f.Address).MaximumLength(300).WithMessage("住所不能超过 300 个字。");
            RuleFor(f => f.IndustryCode).Must(c => string.IsNullOrEmpty(c) || IndustrySections.IsValid(c)).WithMessage("请选择有效的行业门类。");
        });

        RuleFor(f => f.WarningReason).NotEmpty().When(f => f.AcceptCheckWarning).WithMessage("确认登记校验位不符的代码时，请填写原因。")
            .MaximumLength(500).WithMessage("原因不能超过 500 个字。");
        RuleFor(f => f.ChangeReason).MaximumLength(500).WithMessage("变更说明不能超过 500 个字。");
    }
}
