package nl.kwartiermaker.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;

/** One width of a story's picture, as the portal encoded it; all widths of one picture share its generated name. */
@Entity
@Table(name = "story_image")
class StoryImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Lob
    @Column(name = "bytes", nullable = false, length = Length.LONG32)
    private byte[] bytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoryImage() {
    }

    StoryImage(String name, StoryPicture.Variant variant, Instant createdAt) {
        this.name = name;
        this.width = variant.width();
        this.height = variant.height();
        this.contentType = variant.contentType();
        this.bytes = variant.bytes().clone();
        this.createdAt = createdAt;
    }

    String getName() {
        return name;
    }

    int getWidth() {
        return width;
    }

    int getHeight() {
        return height;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getBytes() {
        return bytes.clone();
    }
}
