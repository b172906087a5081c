using FluentValidation;

namespace Huzhou.Credit.Lists.Features;

/// <summary>Shape checks of a proposal, run by <see cref="ListEntryWorkflow"/> once the user may propose; the field keys are the form's.</summary>
internal sealed class ListProposalValidator : AbstractValidator<ListProposal>
{
    public ListProposalValidator()
    {
        RuleFor(f => f.ListTypeCode).NotEmpty().WithMessage("请选择名单类别。");
        RuleFor(f => f.SubjectCode).NotEmpty().WithMessage("请填写统一社会信用代码或身份证号码。");
        RuleFor(f => f.SubjectName).NotEmpty().WithMessage("请填写决定书上的主体名称。").MaximumLength(200).WithMessage("名称不能超过200个字。");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("请填写列入事由。").MaximumLength(1000).WithMessage("列入事由不能超过1000个字。");
        RuleFor(f => f.Basis).NotEmpty().WithMessage("请填写认定依据。").MaximumLength(1000).WithMessage("认定依据不能超过1000个字。");
        RuleFor(f => f.DecidingAuthority).NotEmpty().WithMessage("请填写认定机关。").MaximumLength(200).WithMessage("认定机关不能超过200个字。");
        RuleFor(f => f.DocumentNumber).NotEmpty().WithMessage("请填写决定文书号。").MaximumLength(100).WithMessage("文书号不能超过100个字。");
        RuleFor(f => f.DecisionDate).NotNull().WithMessage("请填写决定日期。");
        RuleFor(f => f.EffectiveFrom).GreaterThanOrEqualTo(f => f.DecisionDate).When(f => f.EffectiveFrom is not null && f.DecisionDate is not null)
            .WithMessage("列入日期不能早于决定日期。");
        RuleFor(f => f.ExpiresOn).GreaterThan(f => f.EffectiveFrom ?? f.DecisionDate).When(f => f.ExpiresOn is not null && (f.EffectiveFrom ?? f.DecisionDate) is not null)
            .WithMessage("有效期至应晚于列入日期。");
    }
}
