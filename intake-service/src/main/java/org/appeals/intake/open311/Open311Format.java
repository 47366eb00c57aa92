package org.appeals.intake.open311;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of the spec, chosen by the path's extension. XML is written by hand with StAX: Jackson's XML module
 * on the class path would make Spring offer XML on every other endpoint too.
 */
enum Open311Format {
    JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
    XML(new MediaType("application", "xml", StandardCharsets.UTF_8));

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static Open311Format of(String extension) {
        return switch (extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Exception(HttpStatus.NOT_FOUND, "the format must be json or xml");
        };
    }

    /** The format an error must be written in: the one the failed request asked for, JSON when unclear. */
    static Open311Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }

    ResponseEntity<byte[]> respond(HttpStatus status, Open311Document document) {
        return ResponseEntity.status(status).contentType(mediaType).body(write(document));
    }

    byte[] write(Open311Document document) {
        return this == JSON ? JSON_MAPPER.writeValueAsBytes(document.items()) : xml(document);
    }

    private static byte[] xml(Open311Document document) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(document.root());
            for (Map<String, Object> item : document.items()) {
                xml.writeStartElement(document.element());
                for (var field : item.entrySet()) {
                    xml.writeStartElement(field.getKey());
                    xml.writeCharacters(field.getValue() == null ? "" : String.valueOf(field.getValue()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toByteArray();
    }
}
