using Huzhou.Credit.Catalogue.Areas.Catalogue.Models;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.UnitTests.Catalogue;

public sealed class StandardItemsTests
{
    [Fact]
    public void Every_dossier_section_has_a_seeded_item()
    {
        var sections = StandardItems.All().Select(i => i.Section).ToHashSet();

        Assert.All(Enum.GetValues<DossierSection>(), s => Assert.Contains(s, sections));
    }

    [Fact]
    public void Every_seeded_item_passes_the_item_form_rules()
    {
        var validator = new ItemFormValidator();
        foreach (var item in StandardItems.All())
        {
            var result = validator.Validate(ItemForm.ToForm(item));

            Assert.True(result.IsValid, $"{item.ItemCode}: {string.Join("; ", result.Errors.Select(e => e.ErrorMessage))}");
        }
    }

    [Fact]
    public void Identifiers_of_persons_are_personal_data_and_never_public()
    {
        foreach (var field in StandardItems.All().SelectMany(i => i.Fields).Where(f => f.Type == FieldType.IdNumber || f.Key == "法定代表人证件号码"))
        {
            Assert.True(field.IsPersonalData, field.Key);
            Assert.False(field.IsPublic, field.Key);
        }
    }
}
