using FluentValidation;
using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

/// <summary>The create / new-version form of a catalogue item, with its field table.</summary>
internal sealed class ItemForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public DossierSection Section { get; set; } = DossierSection.Other;

    public InformationNature Nature { get; set; } = InformationNature.Neutral;

    public List<SubjectKind> SubjectKinds { get; set; } = [];

    /// <summary>Department codes separated by commas, 、 or spaces.</summary>
    public string? ProviderDepartments { get; set; }

    public Disclosure Disclosure { get; set; } = Disclosure.Public;

    public PublicityRuleKind PublicityRule { get; set; } = PublicityRuleKind.FixedPeriod;

    public int? PublicityMonths { get; set; }

    public string? UpdateFrequency { get; set; }

    public string? SubjectNameField { get; set; }

    public string? SubjectCodeField { get; set; }

    public string? SubjectIdNumberField { get; set; }

    public string? SourceKeyField { get; set; }

    public string? DecisionDateField { get; set; }

    public string? ChangeNote { get; set; }

    public List<FieldForm> Fields { get; set; } = [];

    /// <summary>The rows a user filled in (blank rows of the editor are ignored).</summary>
    public IEnumerable<FieldForm> FilledFields => Fields.Where(f => !f.IsBlank);

    public IReadOnlyList<string> Departments() => Split(ProviderDepartments);

    /// <summary>The validated form as the editing feature's draft (its code and version number are set on saving).</summary>
    public ItemDraft ToDraft() => new(ToVersion(Code ?? "", 0), ChangeNote);

    /// <summary>Turns a validated form into a version record.</summary>
    private CatalogueItemVersion ToVersion(string code, int version)
    {
        static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var fields = FilledFields.Select(f => new CatalogueField(
            f.Key!.Trim(),
            f.Label!.Trim(),
            f.Type,
            f.Required,
            f.MaxLength,
            Blank(f.Pattern),
            f.Type is FieldType.Enum or FieldType.CodeList ? f.ParseOptions() ?? [] : [],
            f.IsPersonalData,
            f.IsPublic,
            f.Type == FieldType.Decimal ? f.Minimum : null,
            f.Type == FieldType.Decimal ? f.Maximum : null,
            f.Type == FieldType.Decimal ? Blank(f.Unit) : null,
            f.Type == FieldType.Date && f.OpenEnded)).ToArray();
        return new CatalogueItemVersion(
            code,
            Name!.Trim(),
            version,
            Section,
            Nature,
            SubjectKinds.Distinct().Order().ToArray(),
            Departments(),
            Disclosure,
            PublicityRule,
            PublicityRule == PublicityRuleKind.FixedPeriod ? PublicityMonths : null,
            UpdateFrequency!.Trim(),
            new RecordKeyFields(SubjectNameField!.Trim(), Blank(SubjectCodeField), Blank(SubjectIdNumberField), SourceKeyField!.Trim(), DecisionDateField!.Trim()),
            fields,
            false);
    }

    /// <summary>The form showing a version, with a few empty rows to add fields.</summary>
    public static ItemForm ToForm(CatalogueItemVersion v, int emptyRows = 3)
    {
        var form = new ItemForm
        {
            Code = v.ItemCode,
            Name = v.Name,
            Section = v.Section,
            Nature = v.Nature,
            SubjectKinds = v.SubjectKinds.ToList(),
            ProviderDepartments = string.Join(", ", v.ProviderDepartments),
            Disclosure = v.Disclosure,
            PublicityRule = v.PublicityRule,
            PublicityMonths = v.PublicityMonths,
            UpdateFrequency = v.UpdateFrequency,
            SubjectNameField = v.Keys.SubjectNameField,
            SubjectCodeField = v.Keys.SubjectCodeField,
            SubjectIdNumberField = v.Keys.SubjectIdNumberField,
            SourceKeyField = v.Keys.SourceKeyField,
            DecisionDateField = v.Keys.DecisionDateField,
            Fields = v.Fields.Select(f => new FieldForm
            {
                Key = f.Key,
                Label = f.Label,
                Type = f.Type,
                Required = f.Required,
                MaxLength = f.MaxLength,
                Pattern = f.Pattern,
                Options = f.Options.Count > 0 ? FieldForm.FormatOptions(f.Options.Where(o => o.Code != FieldOption.ByCreditCode).ToList()) : null,
                IsPersonalData = f.IsPersonalData,
                IsPublic = f.IsPublic,
                Minimum = f.Minimum,
                Maximum = f.Maximum,
                Unit = f.Unit,
                OpenEnded = f.OpenEnded,
            }).ToList(),
        };
        PadFields(form, emptyRows);
        return form;
    }

    /// <summary>Adds empty rows to the field table, up to <paramref name="emptyRows"/> blank ones.</summary>
    public static void PadFields(ItemForm form, int emptyRows = 3)
    {
        var blanks = form.Fields.Count(f => f.IsBlank);
        for (var i = blanks; i < emptyRows; i++)
        {
            form.Fields.Add(new FieldForm { IsPublic = true });
        }
    }

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
}
