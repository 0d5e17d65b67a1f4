
import core.models.slugs
import django.db.models.deletion
import modelcluster.contrib.taggit
import wagtail.fields
from django.conf import settings
from django.db import migrations, models




def adopt_content_type(apps, schema_editor):
    """Pages, revisions, translations and permissions point at the content type by id: the row
    moves to the new app instead of a new one being made."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="core", model="contentpage").update(app_label="content")


def give_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="content", model="contentpage").update(app_label="core")


class Migration(migrations.Migration):
    """Content pages move out of ``core`` into their own app; their table stays as it is."""

    initial = True

    dependencies = [
        ('core', '0006_adopt_snippet_translations'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ContentPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('views_before_migration', models.PositiveIntegerField(default=0, help_text='The view count the old site showed; new views are added to it.', verbose_name='views before migration')),
                        ('lead', models.TextField(blank=True, help_text='One or two sentences shown under the title and on cards.', max_length=1000, verbose_name='lead')),
                        ('body', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('image', 8), ('quote', 13), ('embed', 14), ('table', 15), ('document', 18)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul', 'superscript', 'subscript'], 'label': 'Paragraph', 'template': 'core/blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'text', 'max_length': 200}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Subheading')], 'label': 'level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageBlock', [], {'label': 'image'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'caption', 'max_length': 300, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'Photographer or source.', 'label': 'credit', 'max_length': 200, 'required': False}), 7: ('wagtail.blocks.BooleanBlock', (), {'label': 'full width', 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('image', 4), ('caption', 5), ('credit', 6), ('wide', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'quote'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'speaker', 'max_length': 120}), 11: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. “Deputy Minister”.', 'label': 'role', 'max_length': 200, 'required': False}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'organisation', 'max_length': 200, 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('quote', 9), ('speaker', 10), ('role', 11), ('organisation', 12)]], {}), 14: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'A YouTube, Vimeo or similar link.', 'icon': 'media', 'label': 'Embedded media', 'template': 'core/blocks/embed.html'}), 15: ('wagtail.contrib.table_block.blocks.TableBlock', (), {'label': 'Table', 'template': 'core/blocks/table.html'}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'document'}), 17: ('wagtail.blocks.CharBlock', (), {'help_text': "The document's title is used if empty.", 'label': 'link text', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('document', 16), ('title', 17)]], {})}, verbose_name='body')),
                        ('hero_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='main image')),
                        ('tags', modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='A comma-separated list of tags.', through='core.TaggedPage', to='core.Tag', verbose_name='tags')),
                    ],
                    options={
                        'db_table': 'core_contentpage',
                        'verbose_name': 'content page',
                        'verbose_name_plural': 'content pages',
                    },
                    bases=(core.models.slugs.LatinSlugMixin, 'wagtailcore.page', models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(adopt_content_type, give_content_type_back),
    ]
