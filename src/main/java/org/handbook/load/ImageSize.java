package org.handbook.load;

/**
 * How large an image shows when nothing sizes it, in CSS pixels: a photograph's pixels, a
 * drawing's own width and height. A page that states it for each image keeps its text still while
 * the images load.
 */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image has a size: " + width + " × " + height);
        }
    }
}
